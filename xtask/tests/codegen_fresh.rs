//! Plain `cargo test` fails when the committed client in `generated/` is not what
//! the generator produces from `spec/openapi.yaml` today.

#[test]
fn generated_client_is_fresh() {
    let root = xtask::project_root();
    if let Err(error) = xtask::codegen::check_fresh(&root) {
        panic!("\n{error:#}\n");
    }
}
