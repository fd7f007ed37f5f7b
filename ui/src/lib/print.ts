// Printing (and "Save as PDF" in the print dialog) through the web view.
// The page size lives in small stylesheets in public/print/, swapped in before
// printing: @page rules cannot depend on a class, and the strict CSP forbids
// inline styles, so a same-origin stylesheet is the way.

export type PrintLayout = "a4" | "phone" | "card";

export function setPrintLayout(layout: PrintLayout): void {
  let link = document.getElementById("print-page") as HTMLLinkElement | null;
  if (!link) {
    link = document.createElement("link");
    link.id = "print-page";
    link.rel = "stylesheet";
    link.media = "print";
    document.head.append(link);
  }
  link.href = `print/${layout}.css`;
  document.documentElement.dataset.print = layout;
}

export function printAs(layout: PrintLayout): void {
  setPrintLayout(layout);
  // Give the stylesheet a moment to load before the dialog snapshots the page.
  setTimeout(() => window.print(), 150);
}
