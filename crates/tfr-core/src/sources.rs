//! Citations behind the rules: one record per guideline or standard, referred to by id from criteria and texts.

use serde::Serialize;

/// A citable source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Id used by rules and texts.
    pub id: &'static str,
    /// Short name.
    pub short: &'static str,
    /// Authors, title, journal, year.
    pub citation: &'static str,
    /// PubMed id, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pmid: Option<&'static str>,
    /// DOI, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doi: Option<&'static str>,
    /// What we use it for, and its limits.
    pub note: &'static str,
}

/// Date the evidence behind the aid was last reviewed.
pub const EVIDENCE_REVIEWED: &str = "2026-11-21";

/// Every source the rules cite.
pub const SOURCES: &[Source] = &[
    Source {
        id: "eln2020",
        short: "ELN 2020",
        citation: "Hochhaus A, Baccarani M, Silver RT, et al. European LeukemiaNet 2020 recommendations for treating chronic myeloid leukemia. Leukemia 2020;34:966-984.",
        pmid: Some("32127639"),
        doi: Some("10.1038/s41375-020-0776-2"),
        note: "Mandatory, minimal and optimal requirements for stopping; monitoring after stopping (verified in the published table).",
    },
    Source {
        id: "nccn2019",
        short: "NCCN (as summarised 2019-2020)",
        citation: "NCCN Clinical Practice Guidelines in Oncology: Chronic Myeloid Leukemia, TKI discontinuation criteria as summarised in 2019-2020 secondary sources (Medscape, October 2019; Blood Advances 2020 criteria table).",
        pmid: None,
        doi: None,
        note: "Only the 2019-2020 summaries were verified. The current NCCN version must be checked by the clinician; its wording and monitoring schedule may differ.",
    },
    Source {
        id: "cross2015",
        short: "EUTOS 2015",
        citation: "Cross NCP, White HE, Colomer D, et al. Laboratory recommendations for scoring deep molecular responses following treatment for chronic myeloid leukemia. Leukemia 2015;29(5):999-1003.",
        pmid: Some("25652737"),
        doi: Some("10.1038/leu.2015.29"),
        note: "Definitions of MR4, MR4.5 and MR5, including the ABL1 copies an undetectable result needs (more than 10,000, 32,000 and 100,000).",
    },
    Source {
        id: "hematolrep2020",
        short: "Hematol Rep 2020 (review table)",
        citation: "Review in Hematology Reports 2020, Table 1: recommendations for stopping TKI therapy compared (ELN, NCCN, ESMO, French CML group). PMC7520857 (pmc.ncbi.nlm.nih.gov/articles/PMC7520857/table/table001). Authors not recorded in our evidence file.",
        pmid: None,
        doi: None,
        note: "Secondary source. Used only for ELN 2020's timing of the restart: within 4 weeks of losing MMR, as tabulated here. The ELN paper's own wording was not read.",
    },
    Source {
        id: "medscape2019",
        short: "Medscape 2019 (NCCN summary)",
        citation: "Medscape. Summary of the NCCN guidelines on stopping TKI therapy in chronic myeloid leukemia, answer 2005453-175077, updated October 2019 (medscape.com/answers/2005453-175077).",
        pmid: None,
        doi: None,
        note: "Secondary source for NCCN as of 2019: tests after stopping (monthly for 6 months, every 2 months in months 7-24, then every 3 months while in MMR), prompt restart on loss of MMR, and tests after a restart (monthly for 6 months, then every 3 months; mutation test if MMR is not back by 6 months). Other NCCN versions differ.",
    },
    Source {
        id: "cn2020",
        short: "Chinese CML guideline 2020",
        citation: "Chinese Society of Hematology, Chinese Medical Association. Chinese guidelines for the diagnosis and treatment of chronic myeloid leukemia (2020). 中华血液学杂志 (Chinese Journal of Hematology) 2020;41(5):353-364.",
        pmid: None,
        doi: Some("10.3760/cma.j.issn.0253-2727.2020.05.001"),
        note: "Only its stance on stopping was verified (in its introduction); its numeric criteria were not, so none are shown.",
    },
];

/// The source with this id.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}
