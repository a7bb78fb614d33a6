/**
 * Runs before the first paint: applies the reader's stored theme so the page never flashes the wrong one.
 * With nothing stored, no attribute is set and CSS follows the system (see globals.css).
 */
const SCRIPT = `(function(){try{var t=localStorage.getItem("theme");if(t==="dark"||t==="light")document.documentElement.setAttribute("data-theme",t)}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
