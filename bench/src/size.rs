//! The phone library's size: the release `libmitra_ffi.so` as the Android build makes it
//! (opt-level "z", LTO, one codegen unit, stripped), for this machine's target (x86_64 Linux; an
//! arm64 Android build is within a few percent, docs/benchmarks.md).

use std::path::PathBuf;
use std::process::Command;

use crate::report::{Ctx, Report};

/// The workspace's target folder, where cargo put this very binary.
fn target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target")
}

pub fn measure(ctx: &Ctx, report: &mut Report) -> Result<(), String> {
    let lib = target_dir().join("release/libmitra_ffi.so");
    if ctx.quick {
        if !lib.exists() {
            report.note(
                "ffi_lib_bytes",
                "not measured in a quick run: no release build of the library yet",
            );
            return Ok(());
        }
        report.note(
            "ffi_lib_bytes",
            "quick run: the release library already built, not rebuilt",
        );
    } else {
        // A "lib" crate-type in the same invocation would silently disable LTO.
        let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args([
                "rustc",
                "--release",
                "-p",
                "mitra-ffi",
                "--lib",
                "--crate-type",
                "cdylib",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .map_err(|e| format!("cargo: {e}"))?;
        if !status.success() {
            return Err("the release build of mitra-ffi failed".into());
        }
    }
    let bytes = std::fs::metadata(&lib)
        .map_err(|e| format!("{}: {e}", lib.display()))?
        .len();
    report.set("ffi_lib_bytes", bytes);
    Ok(())
}
