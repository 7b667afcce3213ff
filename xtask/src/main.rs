//! `cargo xtask`: see the library for the commands.

use std::process::ExitCode;

fn main() -> ExitCode {
    match xtask::run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // Printed by hand rather than through `Debug`, which would add a
            // backtrace whenever RUST_BACKTRACE is set; the messages say enough.
            eprintln!("error: {error}");
            for cause in error.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::FAILURE
        }
    }
}
