//! All versions of the policy with their texts, checked as a whole: `versions.json` plus one
//! file per version (and per translation), as a deployment ships them.

use std::collections::BTreeMap;
use std::fmt;

use super::api::{VersionInfo, VersionList, VersionStatus, VersionText};
use super::date::is_date;
use super::document::{parse_document, DocumentError, PolicyDocument};

/// One entry of `versions.json`, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyVersion {
    /// Letters, digits and `-` (it appears in addresses).
    pub id: String,
    /// `YYYY-MM-DD`.
    pub effective: String,
    pub summary_id: String,
    pub summary_en: String,
    pub sample: bool,
    /// The original text, in English.
    pub file: String,
    /// The Indonesian translation, when there is one.
    pub translation_id: Option<String>,
}

/// Versions oldest first, each with its parsed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicySet {
    versions: Vec<(PolicyVersion, PolicyDocument, Option<PolicyDocument>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyError {
    /// `versions.json` is not the JSON described in its module.
    Index(String),
    NoVersions,
    BadVersionId(String),
    DuplicateVersion(String),
    BadDate {
        version: String,
        date: String,
    },
    /// Versions are listed oldest first, each effective strictly after the one before.
    DatesOutOfOrder {
        version: String,
        after: String,
    },
    /// A file name with a folder in it, or not ending in `.txt`.
    BadFileName {
        version: String,
        file: String,
    },
    /// `versions.json` names a file the folder does not have.
    MissingFile {
        version: String,
        file: String,
    },
    /// A text file in the folder that `versions.json` does not name.
    UnknownFile(String),
    /// A translation into a language other than Indonesian (`id`).
    UnknownLanguage {
        version: String,
        lang: String,
    },
    Document {
        file: String,
        error: DocumentError,
    },
    /// A translation must have the same sections as its original.
    TranslationSections {
        version: String,
        file: String,
    },
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PolicyError::Index(why) => write!(f, "versions.json: {why}"),
            PolicyError::NoVersions => f.write_str("versions.json lists no version"),
            PolicyError::BadVersionId(id) => {
                write!(f, "version id “{id}”: use letters, digits and - only")
            }
            PolicyError::DuplicateVersion(id) => write!(f, "version {id} is listed twice"),
            PolicyError::BadDate { version, date } => {
                write!(f, "version {version}: “{date}” is not a date (YYYY-MM-DD)")
            }
            PolicyError::DatesOutOfOrder { version, after } => write!(
                f,
                "version {version} is listed after {after} but does not take effect after it \
                 (list versions oldest first)"
            ),
            PolicyError::BadFileName { version, file } => {
                write!(
                    f,
                    "version {version}: “{file}” must be a .txt file in the same folder"
                )
            }
            PolicyError::MissingFile { version, file } => {
                write!(f, "version {version}: file {file} is not in the folder")
            }
            PolicyError::UnknownFile(file) => {
                write!(
                    f,
                    "{file} is in the folder but versions.json does not name it"
                )
            }
            PolicyError::UnknownLanguage { version, lang } => write!(
                f,
                "version {version}: translation into “{lang}”; only id is shown"
            ),
            PolicyError::Document { file, error } => write!(f, "{file}: {error}"),
            PolicyError::TranslationSections { version, file } => write!(
                f,
                "version {version}: {file} does not have the same sections as the original"
            ),
        }
    }
}

impl std::error::Error for PolicyError {}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn valid_file_name(name: &str) -> bool {
    name.ends_with(".txt")
        && !name.starts_with('.')
        && !name.contains(['/', '\\'])
        && !name.contains("..")
}

impl PolicySet {
    /// Checks `versions` (oldest first) and reads their files from `files` (name → content:
    /// every `.txt` file of the folder).
    pub fn new(
        versions: Vec<PolicyVersion>,
        files: &BTreeMap<String, String>,
    ) -> Result<PolicySet, PolicyError> {
        if versions.is_empty() {
            return Err(PolicyError::NoVersions);
        }
        let mut checked: Vec<(PolicyVersion, PolicyDocument, Option<PolicyDocument>)> = Vec::new();
        for version in versions {
            let id = version.id.clone();
            if !valid_id(&id) {
                return Err(PolicyError::BadVersionId(id));
            }
            if checked.iter().any(|(v, ..)| v.id == id) {
                return Err(PolicyError::DuplicateVersion(id));
            }
            if !is_date(&version.effective) {
                return Err(PolicyError::BadDate {
                    version: id,
                    date: version.effective,
                });
            }
            if let Some((before, ..)) = checked.last() {
                if version.effective <= before.effective {
                    return Err(PolicyError::DatesOutOfOrder {
                        version: id,
                        after: before.id.clone(),
                    });
                }
            }
            let original = read(&id, &version.file, files)?;
            let translation = match &version.translation_id {
                Some(file) => {
                    let translation = read(&id, file, files)?;
                    if translation.section_ids() != original.section_ids() {
                        return Err(PolicyError::TranslationSections {
                            version: id,
                            file: file.clone(),
                        });
                    }
                    Some(translation)
                }
                None => None,
            };
            checked.push((version, original, translation));
        }
        let named = |name: &String| {
            checked
                .iter()
                .any(|(v, ..)| &v.file == name || v.translation_id.as_ref() == Some(name))
        };
        if let Some(unknown) = files.keys().find(|name| !named(name)) {
            return Err(PolicyError::UnknownFile(unknown.clone()));
        }
        Ok(PolicySet { versions: checked })
    }

    /// Versions oldest first.
    pub fn versions(&self) -> impl DoubleEndedIterator<Item = &PolicyVersion> {
        self.versions.iter().map(|(v, ..)| v)
    }

    /// The id of the newest version in effect on `today`.
    pub fn current_id(&self, today: &str) -> Option<&str> {
        self.versions()
            .rev()
            .find(|v| v.effective.as_str() <= today)
            .map(|v| v.id.as_str())
    }

    fn entry(&self, id: &str) -> Option<&(PolicyVersion, PolicyDocument, Option<PolicyDocument>)> {
        self.versions.iter().find(|(v, ..)| v.id == id)
    }

    pub fn info(&self, id: &str, today: &str) -> Option<VersionInfo> {
        let (version, _, translation) = self.entry(id)?;
        let status = if version.effective.as_str() > today {
            VersionStatus::Future
        } else if self.current_id(today) == Some(id) {
            VersionStatus::Current
        } else {
            VersionStatus::Past
        };
        Some(VersionInfo {
            id: version.id.clone(),
            effective: version.effective.clone(),
            sample: version.sample,
            summary_id: version.summary_id.clone(),
            summary_en: version.summary_en.clone(),
            status,
            translated: translation.is_some(),
        })
    }

    pub fn list(&self, today: &str) -> VersionList {
        VersionList {
            today: today.to_owned(),
            current: self.current_id(today).map(str::to_owned),
            versions: self
                .versions()
                .rev()
                .filter_map(|v| self.info(&v.id, today))
                .collect(),
        }
    }

    /// The original English text.
    pub fn document(&self, id: &str) -> Option<&PolicyDocument> {
        self.entry(id).map(|(_, document, _)| document)
    }

    /// The text to show in `lang` (`"id"` gives the translation when there is one).
    pub fn text(&self, id: &str, lang: &str, today: &str) -> Option<VersionText> {
        let (lang, document) = self.document_in(id, lang)?;
        Some(VersionText {
            version: self.info(id, today)?,
            lang: lang.to_owned(),
            translation: lang != "en",
            document: document.clone(),
        })
    }

    /// `id`'s text in `lang` when there is one (`"id"`: the translation), else the original,
    /// with the language it is in.
    pub(crate) fn document_in(
        &self,
        id: &str,
        lang: &str,
    ) -> Option<(&'static str, &PolicyDocument)> {
        let (_, original, translation) = self.entry(id)?;
        Some(match (lang, translation) {
            ("id", Some(translation)) => ("id", translation),
            _ => ("en", original),
        })
    }
}

fn read(
    version: &str,
    file: &str,
    files: &BTreeMap<String, String>,
) -> Result<PolicyDocument, PolicyError> {
    if !valid_file_name(file) {
        return Err(PolicyError::BadFileName {
            version: version.to_owned(),
            file: file.to_owned(),
        });
    }
    let text = files.get(file).ok_or_else(|| PolicyError::MissingFile {
        version: version.to_owned(),
        file: file.to_owned(),
    })?;
    parse_document(text).map_err(|error| PolicyError::Document {
        file: file.to_owned(),
        error,
    })
}
