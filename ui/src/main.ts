import { mount } from "svelte";
import App from "./App.svelte";
import { keepTypingInView } from "./lib/keepTypingInView";
// The shared stylesheets, in cascade order: design tokens, the page and its
// elements, controls, looks shared by components, printing. Imported after
// App, they follow the components' own styles in the built CSS.
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/controls.css";
import "./styles/shared.css";
import "./styles/print.css";

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element");
keepTypingInView();
export default mount(App, { target });
