//! (being written)

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value_t = 10.0)]
    pub minutes: f64,
    #[arg(long, default_value_t = 50)]
    pub phones: u32,
}

pub fn run(_args: &Args) -> Result<(), String> {
    Err("not written yet".into())
}
