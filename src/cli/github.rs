//! `postwright lint --format github`: GitHub Actions workflow commands
//! (`::warning file=F,line=L,col=C,title=T::message`), which the runner shows as annotations
//! on the pull request's changed lines. Errors are `error`, warnings `warning`, suggestions
//! `notice`.

use super::lint_cmd::Finding;
use crate::model::Severity;

/// Escapes a command's message (`%`, carriage returns and line feeds).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value (the message escapes, plus `:` and `,`).
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The annotation for one finding.
pub fn annotation(finding: &Finding) -> String {
    let diagnostic = &finding.diagnostic;
    let command = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Suggestion => "notice",
    };
    let mut properties = vec![format!(
        "file={}",
        escape_property(&super::baseline::normalise_path(&finding.file))
    )];
    if let Some((line, column)) = finding.source {
        properties.push(format!("line={line}"));
        properties.push(format!("col={column}"));
        if let Some((end_line, end_column)) = finding.source_end {
            if end_line == line && end_column > column {
                properties.push(format!("endColumn={end_column}"));
            }
        }
    }
    properties.push(format!(
        "title={}",
        escape_property(&format!("postwright {}", diagnostic.rule))
    ));
    let mut message = diagnostic.message.clone();
    if let Some(role) = &finding.role {
        message = format!("[{role}] {message}");
    }
    if !diagnostic.help.is_empty() {
        message.push('\n');
        message.push_str(&diagnostic.help);
    }
    format!(
        "::{command} {}::{}",
        properties.join(","),
        escape_data(&message)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_the_runner_reads_as_syntax() {
        assert_eq!(escape_data("50% of\nit"), "50%25 of%0Ait");
        assert_eq!(escape_property("a,b:c"), "a%2Cb%3Ac");
    }
}
