//! Which house style applies to a linted file: the one given with `--config FILE`, or the
//! nearest `.postwright.json` in the file's folder or a folder above it (found the way ruff
//! finds its configuration). Each style file is read once per run.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::lint::house_style::FILE_NAME;
use crate::lint::HouseStyle;

/// Where styles come from, and the ones already read.
#[derive(Debug, Default)]
pub struct StyleConfig {
    /// The style given with `--config`, used for every file.
    fixed: Option<Rc<HouseStyle>>,
    /// Style files read so far, by path (an error message for one that could not be read).
    read: HashMap<PathBuf, Result<Rc<HouseStyle>, String>>,
    /// The style file found for each folder searched so far (`None`: none above it).
    found_for: HashMap<PathBuf, Option<PathBuf>>,
}

/// The style for one file: none, one, or a style file that could not be read.
#[derive(Debug)]
pub enum StyleFor {
    None,
    Style(Rc<HouseStyle>),
    /// The style file could not be read; the message names it, the line and the problem.
    /// `first` is true the first time this file is reported.
    Broken {
        message: String,
        first: bool,
    },
}

/// Reads a style file, or says why it cannot be used: `PATH: line L, column C: problem`.
pub fn read_style(path: &Path) -> Result<HouseStyle, String> {
    let shown = path.display().to_string();
    let bytes = super::read_input(&shown)?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{shown}: is not UTF-8 text"))?;
    HouseStyle::from_json(&text).map_err(|error| format!("{shown}: {error}"))
}

impl StyleConfig {
    /// Styles found next to the linted files.
    pub fn discover() -> Self {
        Self::default()
    }

    /// One style for every file (`--config FILE`); an error names the file, line and problem.
    pub fn fixed(path: &str) -> Result<Self, String> {
        let style = read_style(Path::new(path))?;
        Ok(Self {
            fixed: Some(Rc::new(style)),
            ..Self::default()
        })
    }

    /// The style that applies to `file`.
    pub fn style_for(&mut self, file: &str) -> StyleFor {
        if let Some(style) = &self.fixed {
            return StyleFor::Style(Rc::clone(style));
        }
        let Some(config) = self.nearest(Path::new(file)) else {
            return StyleFor::None;
        };
        let mut first = false;
        let entry = self.read.entry(config.clone()).or_insert_with(|| {
            first = true;
            read_style(&config).map(Rc::new)
        });
        match entry {
            Ok(style) => StyleFor::Style(Rc::clone(style)),
            Err(message) => StyleFor::Broken {
                message: message.clone(),
                first,
            },
        }
    }

    /// The nearest style file in the folder of `file` or above it.
    fn nearest(&mut self, file: &Path) -> Option<PathBuf> {
        let absolute = std::path::absolute(file).ok()?;
        let folder = absolute.parent()?.to_path_buf();
        if let Some(found) = self.found_for.get(&folder) {
            return found.clone();
        }
        let found = folder
            .ancestors()
            .map(|dir| dir.join(FILE_NAME))
            .find(|candidate| candidate.is_file())
            .map(|candidate| relative_to_current(&candidate));
        self.found_for.insert(folder, found.clone());
        found
    }
}

/// `path` relative to the current folder when it is inside it (for shorter messages).
fn relative_to_current(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|current| path.strip_prefix(current).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}
