import { mount } from "svelte";
import App from "./App.svelte";
import { keepTypingInView } from "./lib/keepTypingInView";
import "./styles.css";

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element");
keepTypingInView();
export default mount(App, { target });
