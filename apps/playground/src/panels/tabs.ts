/** Tabs: buttons `[data-tab=NAME]` inside `nav` show the panel `#tab-NAME` and hide the others. */
export function setupTabs(nav: HTMLElement, onShow?: (name: string) => void): (name: string) => void {
  const buttons = [...nav.querySelectorAll<HTMLButtonElement>("[data-tab]")];
  const show = (name: string): void => {
    for (const b of buttons) {
      const on = b.dataset["tab"] === name;
      b.setAttribute("aria-selected", String(on));
      const panel = document.getElementById(`tab-${b.dataset["tab"] ?? ""}`);
      if (panel) panel.hidden = !on;
    }
    onShow?.(name);
  };
  for (const b of buttons) b.addEventListener("click", () => show(b.dataset["tab"] ?? ""));
  return show;
}
