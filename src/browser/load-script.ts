/** Loads a classic script (which works over file:// too): the parts of a page that load on first use. */
export function loadScript(src: string): void {
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
}
