//! Markdown tables for the corpus and benchmark reports.
//!
//! The same text is printed to the terminal and written to a `.md` file, so the
//! columns are padded to line up in both places.

/// A Markdown table built row by row.
#[derive(Debug, Clone)]
pub struct Table {
    header: Vec<String>,
    right_aligned: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with the given column titles; columns listed in `right_aligned` (by
    /// index) hold numbers and are aligned to the right.
    pub fn new(header: &[&str], right_aligned: &[usize]) -> Table {
        Table {
            header: header.iter().map(|title| title.to_string()).collect(),
            right_aligned: (0..header.len())
                .map(|i| right_aligned.contains(&i))
                .collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row; missing cells are left empty and extra cells are dropped, so a
    /// short row cannot break the table's shape.
    pub fn row(&mut self, cells: Vec<String>) {
        let mut cells: Vec<String> = cells.into_iter().map(|cell| escape(&cell)).collect();
        cells.resize(self.header.len(), String::new());
        self.rows.push(cells);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Renders the table with padded columns and a trailing newline.
    pub fn to_markdown(&self) -> String {
        let widths: Vec<usize> = (0..self.header.len())
            .map(|column| {
                self.rows
                    .iter()
                    .map(|row| width(&row[column]))
                    .chain([width(&self.header[column]), 3])
                    .max()
                    .unwrap_or(3)
            })
            .collect();
        let mut out = String::new();
        self.push_line(&mut out, &self.header, &widths);
        let rule: Vec<String> = widths
            .iter()
            .zip(&self.right_aligned)
            .map(|(&width, &right)| {
                if right {
                    format!("{}:", "-".repeat(width - 1))
                } else {
                    "-".repeat(width)
                }
            })
            .collect();
        out.push_str(&format!("| {} |\n", rule.join(" | ")));
        for row in &self.rows {
            self.push_line(&mut out, row, &widths);
        }
        out
    }

    fn push_line(&self, out: &mut String, cells: &[String], widths: &[usize]) {
        let padded: Vec<String> = cells
            .iter()
            .zip(widths)
            .zip(&self.right_aligned)
            .map(|((cell, &width), &right)| {
                let padding = " ".repeat(width - self::width(cell));
                if right {
                    format!("{padding}{cell}")
                } else {
                    format!("{cell}{padding}")
                }
            })
            .collect();
        out.push_str(&format!("| {} |\n", padded.join(" | ")));
    }
}

/// Shortens `text` to at most `max` characters, marking the cut with an ellipsis.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut kept: String = text.chars().take(max.saturating_sub(1)).collect();
    kept.push('…');
    kept
}

/// Formats a ratio as a percentage with one decimal; an empty total gives 0.0.
pub fn percent(part: usize, total: usize) -> String {
    if total == 0 {
        return "0.0%".to_string();
    }
    format!("{:.1}%", part as f64 * 100.0 / total as f64)
}

fn width(cell: &str) -> usize {
    cell.chars().count()
}

/// Keeps a cell on one line and stops a `|` from starting a new column.
fn escape(cell: &str) -> String {
    cell.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_columns_and_marks_right_alignment() {
        let mut table = Table::new(&["id", "warnings"], &[1]);
        table.row(vec!["petstore".to_string(), "3".to_string()]);
        table.row(vec!["a".to_string(), "12".to_string()]);
        assert_eq!(
            table.to_markdown(),
            "| id       | warnings |\n\
             | -------- | -------: |\n\
             | petstore |        3 |\n\
             | a        |       12 |\n"
        );
    }

    #[test]
    fn escapes_pipes_and_newlines_and_fixes_row_length() {
        let mut table = Table::new(&["a", "b"], &[]);
        table.row(vec!["x | y\nz".to_string()]);
        assert_eq!(
            table.to_markdown(),
            "| a        | b   |\n| -------- | --- |\n| x \\| y z |     |\n"
        );
    }

    #[test]
    fn truncates_by_characters() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("ünïcödé text", 5), "ünïc…");
    }

    #[test]
    fn percentages_have_one_decimal() {
        assert_eq!(percent(1, 3), "33.3%");
        assert_eq!(percent(0, 0), "0.0%");
        assert_eq!(percent(192, 192), "100.0%");
    }
}
