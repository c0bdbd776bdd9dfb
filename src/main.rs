//! Entry point of the web app: mounts the root component into the page body.

fn main() {
    yew::Renderer::<tfr_aid::components::app::App>::new().render();
}

/// The browser build's memory allocator: talc instead of the standard library's dlmalloc, about 2.3 KB less to
/// download (brotli) and faster on the many small allocations a Yew page makes (see BENCHMARKS.md).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
