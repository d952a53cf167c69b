//! `mitra-hotline`: the hotline's inbox server and operator commands (built in issue 3).
//!
//! It depends on mitra-protocol only, never on mitra-core: the server must work without anything
//! that lives on a phone, and never holds the key that decrypts reports.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

const USAGE: &str = "\
mitra-hotline: the hotline's inbox for Mitra reports

Usage: mitra-hotline <COMMAND>

Commands (arriving with the wire protocol):
  serve    run the inbox server
  export   decrypt received reports on the operator's own machine

Options:
  -h, --help     print this help
  -V, --version  print the version
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("mitra-hotline {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("mitra-hotline: {other:?} is not available yet; see --help");
            ExitCode::from(2)
        }
    }
}
