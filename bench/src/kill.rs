//! (being written)

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value_t = 1000)]
    pub kills: u32,
}

#[derive(clap::Args)]
pub struct ChildArgs {
    #[arg(long)]
    pub dir: std::path::PathBuf,
}

pub fn run(_args: &Args) -> Result<(), String> {
    Err("not written yet".into())
}

pub fn child(_args: &ChildArgs) -> Result<(), String> {
    Err("not written yet".into())
}
