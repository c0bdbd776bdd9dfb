//! The browser around the app: page settings from the address (kiosk mode), "remember on this device" storage, and the service worker.

use gloo::storage::{LocalStorage, Storage};
use serde_json::Value;
use tfr_core::entry::ProfileDraft;
use tfr_core::json_text;
use tfr_core::Lang;

/// The one storage key the app ever writes, and only when the person chooses "remember on this device".
pub const REMEMBER_KEY: &str = "tfr-aid.remembered";

/// Settings read from the page address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageSettings {
    /// `?kiosk=1`: a shared screen that forgets each visitor.
    pub kiosk: bool,
    /// Seconds without input before the kiosk warning (`&idle=N`, at least 5; default 180).
    pub idle_seconds: u32,
    /// Seconds the warning counts down before wiping (at least 20).
    pub countdown_seconds: u32,
}

/// Reads the page address.
pub fn page_settings() -> PageSettings {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    let mut settings = PageSettings { kiosk: false, idle_seconds: 180, countdown_seconds: 30 };
    for pair in search.trim_start_matches('?').split('&') {
        match pair.split_once('=') {
            Some(("kiosk", v)) => settings.kiosk = v == "1" || v == "true",
            Some(("idle", v)) => {
                if let Ok(n) = v.parse::<u32>() {
                    settings.idle_seconds = n.max(5);
                }
            }
            _ => {}
        }
    }
    settings
}

/// The remembered profile and language, if the person chose to be remembered on this device.
pub fn remembered() -> Option<(ProfileDraft, Lang)> {
    let text = LocalStorage::raw().get_item(REMEMBER_KEY).ok()??;
    let stored = json_text::parse(&text).ok()?;
    let draft = ProfileDraft::from_json(stored.get("profile")?).ok()?;
    let lang = match stored.get("lang").and_then(Value::as_str) {
        Some("zh-CN") => Lang::Zh,
        _ => Lang::En,
    };
    Some((draft, lang))
}

/// Remembers the profile and language on this device.
pub fn remember(draft: &ProfileDraft, lang: Lang) {
    let (profile, _) = draft.to_json();
    let stored = json_text::object([("lang", Value::from(lang.tag())), ("profile", profile)]);
    let _ = LocalStorage::raw().set_item(REMEMBER_KEY, &json_text::write(&stored, false));
}

/// Forgets everything the app stored on this device. Touches storage only if something is there, so a kiosk
/// or a person who never chose "remember" causes no storage write at all.
pub fn forget() {
    if LocalStorage::raw().get_item(REMEMBER_KEY).ok().flatten().is_some() {
        LocalStorage::delete(REMEMBER_KEY);
    }
}

/// Registers the service worker that caches the app's own files for offline use (release builds only,
/// so that development builds are never served stale).
pub fn register_service_worker() {
    if cfg!(debug_assertions) {
        return;
    }
    let navigator = gloo::utils::window().navigator();
    let _ = navigator.service_worker().register("./sw.js");
}
