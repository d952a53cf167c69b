//! (being written)

use std::path::PathBuf;

use crate::report::{Ctx, Report};

#[derive(clap::Args)]
pub struct HotlineArgs {
    #[arg(long)]
    pub keys: PathBuf,
    #[arg(long)]
    pub data: PathBuf,
}

pub fn measure(_ctx: &Ctx, _report: &mut Report) -> Result<(), String> {
    Err("not measured yet".into())
}

pub fn hotline_process(_args: &HotlineArgs) -> Result<(), String> {
    Err("not written yet".into())
}
