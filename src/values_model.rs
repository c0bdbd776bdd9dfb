//! What matters to the person: their ratings of value statements, the SURE check and the questions they want to bring, as plain data with pure functions.
//!
//! Nothing here is clinical logic: the answers are the person's own, and [`ValuesAnswers::summary`] only reflects them back in words.

use tfr_core::i18n::Key;
use tfr_core::i18n::{text, Lang, Msg};
use tfr_core::key;

/// A statement the person rates from "matters little" (1) to "matters a lot" (5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ValueItem {
    /// Being free of the TKI's side effects.
    SideEffects,
    /// Not taking tablets every day.
    DailyTablets,
    /// Worry about the leukaemia coming back.
    FearOfRelapse,
    /// Monthly blood tests in the first 6 months after stopping.
    TestingVisits,
    /// Cost of medicines and tests, time off work.
    Cost,
    /// Plans to have a child.
    Pregnancy,
    /// Worry about aches and pains after stopping.
    WithdrawalPain,
    /// Keeping things as they are, because they work.
    KeepAsIs,
}

impl ValueItem {
    /// Every statement, in the order shown.
    pub const ALL: [ValueItem; 8] = [
        ValueItem::SideEffects,
        ValueItem::DailyTablets,
        ValueItem::FearOfRelapse,
        ValueItem::TestingVisits,
        ValueItem::Cost,
        ValueItem::Pregnancy,
        ValueItem::WithdrawalPain,
        ValueItem::KeepAsIs,
    ];

    /// Stable id, used in element ids.
    pub fn id(self) -> &'static str {
        match self {
            ValueItem::SideEffects => "side_effects",
            ValueItem::DailyTablets => "daily_tablets",
            ValueItem::FearOfRelapse => "fear_relapse",
            ValueItem::TestingVisits => "testing",
            ValueItem::Cost => "cost",
            ValueItem::Pregnancy => "pregnancy",
            ValueItem::WithdrawalPain => "withdrawal",
            ValueItem::KeepAsIs => "keep_as_is",
        }
    }

    /// Catalogue key of the statement.
    pub fn key(self) -> Key {
        match self {
            ValueItem::SideEffects => key!("values.item.side_effects"),
            ValueItem::DailyTablets => key!("values.item.daily_tablets"),
            ValueItem::FearOfRelapse => key!("values.item.fear_relapse"),
            ValueItem::TestingVisits => key!("values.item.testing"),
            ValueItem::Cost => key!("values.item.cost"),
            ValueItem::Pregnancy => key!("values.item.pregnancy"),
            ValueItem::WithdrawalPain => key!("values.item.withdrawal"),
            ValueItem::KeepAsIs => key!("values.item.keep_as_is"),
        }
    }

    /// Catalogue key of a short note under the statement, when it has one.
    pub fn note_key(self) -> Option<Key> {
        match self {
            ValueItem::TestingVisits => Some(key!("values.note.testing")),
            ValueItem::Cost => Some(key!("values.note.cost")),
            ValueItem::Pregnancy => Some(key!("values.note.pregnancy")),
            ValueItem::WithdrawalPain => Some(key!("values.note.withdrawal")),
            _ => None,
        }
    }
}

/// The lowest rating: "matters very little".
pub const RATING_MIN: u8 = 1;
/// The highest rating: "matters a lot".
pub const RATING_MAX: u8 = 5;

/// Catalogue key of a point on the rating scale (1 to 5).
pub fn scale_key(rating: u8) -> Key {
    match rating {
        1 => key!("values.scale.1"),
        2 => key!("values.scale.2"),
        3 => key!("values.scale.3"),
        4 => key!("values.scale.4"),
        _ => key!("values.scale.5"),
    }
}

/// Catalogue key of a rating in words for the summary ("matters a lot").
pub fn level_key(rating: u8) -> Key {
    match rating {
        1 => key!("values.level.1"),
        2 => key!("values.level.2"),
        3 => key!("values.level.3"),
        4 => key!("values.level.4"),
        _ => key!("values.level.5"),
    }
}

/// One of the four SURE questions (O'Connor and Légaré).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SureItem {
    /// Sure of myself: do you feel sure about the best choice for you?
    Sure,
    /// Understand information: do you know the benefits and risks of each option?
    Understand,
    /// Risk-benefit ratio: are you clear about which benefits and risks matter most to you?
    RiskBenefit,
    /// Encouragement: do you have enough support and advice to make a choice?
    Encouragement,
}

impl SureItem {
    /// The four questions, in order.
    pub const ALL: [SureItem; 4] =
        [SureItem::Sure, SureItem::Understand, SureItem::RiskBenefit, SureItem::Encouragement];

    /// Stable id, used in element ids.
    pub fn id(self) -> &'static str {
        match self {
            SureItem::Sure => "sure",
            SureItem::Understand => "understand",
            SureItem::RiskBenefit => "risk_benefit",
            SureItem::Encouragement => "encouragement",
        }
    }

    /// Catalogue key of the question.
    pub fn key(self) -> Key {
        match self {
            SureItem::Sure => key!("sure.q.sure"),
            SureItem::Understand => key!("sure.q.understand"),
            SureItem::RiskBenefit => key!("sure.q.risk_benefit"),
            SureItem::Encouragement => key!("sure.q.encouragement"),
        }
    }

    fn index(self) -> usize {
        match self {
            SureItem::Sure => 0,
            SureItem::Understand => 1,
            SureItem::RiskBenefit => 2,
            SureItem::Encouragement => 3,
        }
    }
}

/// What the SURE answers suggest. It screens for doubt; it does not say what to choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SureReading {
    /// Not all four answered yet.
    Incomplete,
    /// Four yes: the person may be ready to decide.
    Ready,
    /// At least one no: talking more with the team may help before deciding.
    TalkMore {
        /// How many of the four were answered no.
        no: usize,
    },
}

impl SureReading {
    /// The reading in words.
    pub fn render(self, lang: Lang) -> String {
        match self {
            SureReading::Incomplete => text(lang, key!("sure.reading.incomplete")).to_owned(),
            SureReading::Ready => text(lang, key!("sure.reading.ready")).to_owned(),
            SureReading::TalkMore { no } => {
                Msg::new(key!("sure.reading.talk_more")).with("no", no.to_string()).render(lang)
            }
        }
    }

    /// Id for styling and tests.
    pub fn id(self) -> &'static str {
        match self {
            SureReading::Incomplete => "incomplete",
            SureReading::Ready => "ready",
            SureReading::TalkMore { .. } => "talk-more",
        }
    }
}

/// A question the person may want to ask their haematologist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    /// How likely am I to stay in remission?
    MyChances,
    /// Do I meet the criteria for stopping?
    Criteria,
    /// Is my lab good enough?
    Lab,
    /// How fast do results come back?
    Turnaround,
    /// How often are tests after stopping?
    Schedule,
    /// What happens if it comes back?
    Relapse,
    /// Help with withdrawal pain.
    WithdrawalPain,
    /// Support for worry and anxiety.
    Psychological,
    /// Cost of tests, visits and medicines.
    Cost,
    /// Planning a pregnancy.
    Pregnancy,
    /// Lowering the dose first.
    LowerDose,
    /// Restarting without a relapse.
    ChangeMind,
}

impl Question {
    /// Every suggested question, in the order shown.
    pub const ALL: [Question; 12] = [
        Question::MyChances,
        Question::Criteria,
        Question::Lab,
        Question::Turnaround,
        Question::Schedule,
        Question::Relapse,
        Question::WithdrawalPain,
        Question::Psychological,
        Question::Cost,
        Question::Pregnancy,
        Question::LowerDose,
        Question::ChangeMind,
    ];

    /// Stable id, used in element ids.
    pub fn id(self) -> &'static str {
        match self {
            Question::MyChances => "my_chances",
            Question::Criteria => "criteria",
            Question::Lab => "lab",
            Question::Turnaround => "turnaround",
            Question::Schedule => "schedule",
            Question::Relapse => "relapse",
            Question::WithdrawalPain => "withdrawal",
            Question::Psychological => "support",
            Question::Cost => "cost",
            Question::Pregnancy => "pregnancy",
            Question::LowerDose => "lower_dose",
            Question::ChangeMind => "change_mind",
        }
    }

    /// Catalogue key of the question.
    pub fn key(self) -> Key {
        match self {
            Question::MyChances => key!("questions.q.my_chances"),
            Question::Criteria => key!("questions.q.criteria"),
            Question::Lab => key!("questions.q.lab"),
            Question::Turnaround => key!("questions.q.turnaround"),
            Question::Schedule => key!("questions.q.schedule"),
            Question::Relapse => key!("questions.q.relapse"),
            Question::WithdrawalPain => key!("questions.q.withdrawal"),
            Question::Psychological => key!("questions.q.support"),
            Question::Cost => key!("questions.q.cost"),
            Question::Pregnancy => key!("questions.q.pregnancy"),
            Question::LowerDose => key!("questions.q.lower_dose"),
            Question::ChangeMind => key!("questions.q.change_mind"),
        }
    }
}

/// Everything the person answered in the values exercise. Plain data: hold it in the app's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValuesAnswers {
    /// Ratings from 1 ("matters very little") to 5 ("matters a lot") in [`ValueItem::ALL`] order; a statement
    /// not rated is absent. (A short list rather than a map: a map type would add its own code to the download.)
    pub ratings: Vec<(ValueItem, u8)>,
    /// SURE answers in [`SureItem::ALL`] order: `Some(true)` yes, `Some(false)` no, `None` not answered.
    pub sure: [Option<bool>; 4],
    /// Suggested questions the person ticked to bring, in [`Question::ALL`] order.
    pub questions: Vec<Question>,
    /// The person's own question, as typed (may be empty).
    pub own_question: String,
}

impl ValuesAnswers {
    /// A copy with `item` rated `rating` (1 to 5), or unrated with `None`. A rating outside 1 to 5 changes nothing.
    #[must_use]
    pub fn set_rating(&self, item: ValueItem, rating: Option<u8>) -> Self {
        let rating = match rating {
            Some(r) if !(RATING_MIN..=RATING_MAX).contains(&r) => return self.clone(),
            other => other,
        };
        let ratings = ValueItem::ALL
            .iter()
            .filter_map(|i| if *i == item { rating.map(|r| (*i, r)) } else { self.rating(*i).map(|r| (*i, r)) })
            .collect();
        Self { ratings, ..self.clone() }
    }

    /// The rating of `item`, if given.
    pub fn rating(&self, item: ValueItem) -> Option<u8> {
        self.ratings.iter().find(|(i, _)| *i == item).map(|(_, r)| *r)
    }

    /// A copy with the answer to one SURE question set (`None` clears it).
    #[must_use]
    pub fn set_sure(&self, item: SureItem, answer: Option<bool>) -> Self {
        let mut next = self.clone();
        if let Some(slot) = next.sure.get_mut(item.index()) {
            *slot = answer;
        }
        next
    }

    /// The answer to one SURE question.
    pub fn sure_answer(&self, item: SureItem) -> Option<bool> {
        self.sure.get(item.index()).copied().flatten()
    }

    /// A copy with `question` ticked if it was not, and unticked if it was.
    #[must_use]
    pub fn toggle_question(&self, question: Question) -> Self {
        let ticked = |q: &Question| (*q == question) != self.questions.contains(q);
        Self { questions: Question::ALL.iter().copied().filter(ticked).collect(), ..self.clone() }
    }

    /// A copy with the person's own question replaced by `text`.
    #[must_use]
    pub fn set_own_question(&self, text: impl Into<String>) -> Self {
        Self { own_question: text.into(), ..self.clone() }
    }

    /// What the SURE answers suggest: four yes, any no, or not all answered.
    pub fn sure_reading(&self) -> SureReading {
        let no = self.sure.iter().filter(|a| **a == Some(false)).count();
        if no > 0 {
            SureReading::TalkMore { no }
        } else if self.sure.iter().all(|a| *a == Some(true)) {
            SureReading::Ready
        } else {
            SureReading::Incomplete
        }
    }

    /// The questions to bring, in the order shown, then the person's own question if typed.
    pub fn questions_to_bring(&self, lang: Lang) -> Vec<String> {
        let mut out: Vec<String> = Question::ALL
            .iter()
            .filter(|q| self.questions.contains(q))
            .map(|q| text(lang, q.key()).to_owned())
            .collect();
        let own = self.own_question.trim();
        if !own.is_empty() {
            out.push(own.to_owned());
        }
        out
    }

    /// The answers reflected back in words, one line each, for the screen and the printed summary:
    /// each rated statement (most important first), the SURE reading, then the questions to bring.
    pub fn summary(&self, lang: Lang) -> Vec<String> {
        let mut lines = Vec::new();
        let mut rated: Vec<(ValueItem, u8)> =
            ValueItem::ALL.iter().filter_map(|item| self.rating(*item).map(|r| (*item, r))).collect();
        // Most important first; equal ratings keep the order shown.
        tfr_core::order::sort_by_key(&mut rated, |(_, rating)| std::cmp::Reverse(*rating));
        if rated.is_empty() {
            lines.push(text(lang, key!("values.summary.none_rated")).to_owned());
        }
        for (item, rating) in rated {
            lines.push(
                Msg::new(key!("values.summary.rating"))
                    .with_key("item", item.key())
                    .with_key("level", level_key(rating))
                    .with("rating", rating.to_string())
                    .render(lang),
            );
        }
        let answered = self.sure.iter().filter(|a| a.is_some()).count();
        lines.push(match self.sure_reading() {
            _ if answered == 0 => text(lang, key!("values.summary.sure_none")).to_owned(),
            SureReading::Incomplete => {
                Msg::new(key!("values.summary.sure_partial")).with("answered", answered.to_string()).render(lang)
            }
            reading => Msg::new(key!("values.summary.sure")).with("reading", reading.render(lang)).render(lang),
        });
        let questions = self.questions_to_bring(lang);
        if questions.is_empty() {
            lines.push(text(lang, key!("values.summary.no_questions")).to_owned());
        }
        for q in questions {
            lines.push(Msg::new(key!("values.summary.question")).with("question", q).render(lang));
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(answers: &ValuesAnswers, lang: Lang, expected: &[&str]) {
        assert_eq!(answers.summary(lang), expected.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
    }

    #[test]
    fn an_empty_exercise_says_nothing_was_answered() {
        check(
            &ValuesAnswers::default(),
            Lang::En,
            &[
                "You have not rated what matters to you yet.",
                "You have not answered the SURE check yet.",
                "You have not chosen any questions to bring yet.",
            ],
        );
    }

    #[test]
    fn ratings_are_reflected_most_important_first() {
        let a = ValuesAnswers::default()
            .set_rating(ValueItem::Cost, Some(2))
            .set_rating(ValueItem::SideEffects, Some(5))
            .set_rating(ValueItem::FearOfRelapse, Some(5));
        let summary = a.summary(Lang::En);
        assert_eq!(summary[0], "Being free of the side effects of my TKI: matters a lot (5 of 5).");
        assert_eq!(summary[1], "My worry that the leukaemia could come back: matters a lot (5 of 5).");
        assert!(
            summary[2].starts_with("The costs: medicines, tests, travel and time off work: matters a little (2 of 5)")
        );
    }

    #[test]
    fn a_rating_can_be_changed_or_cleared_and_out_of_range_is_ignored() {
        let a = ValuesAnswers::default().set_rating(ValueItem::Pregnancy, Some(4));
        assert_eq!(a.rating(ValueItem::Pregnancy), Some(4));
        assert_eq!(a.set_rating(ValueItem::Pregnancy, Some(1)).rating(ValueItem::Pregnancy), Some(1));
        assert_eq!(a.set_rating(ValueItem::Pregnancy, None).rating(ValueItem::Pregnancy), None);
        assert_eq!(a.set_rating(ValueItem::Pregnancy, Some(0)), a);
        assert_eq!(a.set_rating(ValueItem::Pregnancy, Some(6)), a);
    }

    #[test]
    fn sure_reading_needs_four_yes_and_any_no_means_talk_more() {
        let mut a = ValuesAnswers::default();
        assert_eq!(a.sure_reading(), SureReading::Incomplete);
        for item in SureItem::ALL {
            a = a.set_sure(item, Some(true));
        }
        assert_eq!(a.sure_reading(), SureReading::Ready);
        let one_no = a.set_sure(SureItem::Encouragement, Some(false));
        assert_eq!(one_no.sure_reading(), SureReading::TalkMore { no: 1 });
        assert_eq!(one_no.sure_answer(SureItem::Encouragement), Some(false));
        // A "no" already says something, even before all four are answered.
        let partial = ValuesAnswers::default().set_sure(SureItem::Sure, Some(false));
        assert_eq!(partial.sure_reading(), SureReading::TalkMore { no: 1 });
        assert_eq!(a.set_sure(SureItem::Sure, None).sure_reading(), SureReading::Incomplete);
    }

    #[test]
    fn sure_answers_are_reflected_with_their_reading() {
        let a = SureItem::ALL.iter().fold(ValuesAnswers::default(), |a, i| a.set_sure(*i, Some(true)));
        let summary = a.summary(Lang::En);
        assert_eq!(
            summary[1],
            "SURE check: You answered yes to all 4. You may be ready to make a choice with your haematologist."
        );
        let b = a.set_sure(SureItem::Understand, Some(false));
        assert!(b.summary(Lang::En)[1].starts_with("SURE check: You answered no to 1 of the 4 questions."));
        let partial =
            ValuesAnswers::default().set_sure(SureItem::Sure, Some(true)).set_sure(SureItem::Understand, Some(true));
        assert_eq!(
            partial.summary(Lang::En)[1],
            "SURE check: you have answered 2 of the 4 questions so far, all with yes."
        );
    }

    #[test]
    fn ticked_questions_and_the_own_question_are_the_ones_to_bring() {
        let a = ValuesAnswers::default()
            .toggle_question(Question::Psychological)
            .toggle_question(Question::MyChances)
            .toggle_question(Question::Cost)
            .toggle_question(Question::Cost)
            .set_own_question("  Can I travel abroad during the first year?  ");
        assert_eq!(a.questions.len(), 2);
        let bring = a.questions_to_bring(Lang::En);
        assert_eq!(bring.len(), 3);
        assert_eq!(bring[0], text(Lang::En, Question::MyChances.key()));
        assert_eq!(bring[1], text(Lang::En, Question::Psychological.key()));
        assert_eq!(bring[2], "Can I travel abroad during the first year?");
        let summary = a.summary(Lang::En);
        assert_eq!(summary.last().map(String::as_str), Some("To ask: Can I travel abroad during the first year?"));
        assert!(a.set_own_question("   ").questions_to_bring(Lang::En).len() == 2);
    }

    #[test]
    fn the_summary_is_written_in_chinese_too() {
        let a = ValuesAnswers::default().set_rating(ValueItem::Pregnancy, Some(5)).toggle_question(Question::Pregnancy);
        let summary = a.summary(Lang::Zh);
        assert!(summary[0].contains("非常重要"), "{}", summary[0]);
        assert!(summary.iter().all(|l| !l.contains('{')), "{summary:?}");
    }

    #[test]
    fn every_key_used_here_has_a_text_in_both_languages() {
        let mut keys: Vec<Key> = Vec::new();
        keys.extend(ValueItem::ALL.iter().map(|i| i.key()));
        keys.extend(ValueItem::ALL.iter().filter_map(|i| i.note_key()));
        keys.extend((RATING_MIN..=RATING_MAX).map(scale_key));
        keys.extend((RATING_MIN..=RATING_MAX).map(level_key));
        keys.extend(SureItem::ALL.iter().map(|i| i.key()));
        keys.extend(Question::ALL.iter().map(|q| q.key()));
        for lang in Lang::ALL {
            for key in &keys {
                assert!(!text(lang, *key).is_empty(), "{key} has no {lang:?} text");
            }
        }
    }
}
