//! Entry point of the web app: mounts the root component into the page body.

fn main() {
    yew::Renderer::<tfr_aid::components::app::App>::new().render();
}
