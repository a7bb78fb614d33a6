"use client";

import { useEffect } from "react";

/**
 * Marks, in the table of contents, the section the reader is in (`aria-current="location"`): the last
 * section whose heading has scrolled above the upper third of the window.
 */
export function TocHighlight({ ids }: { ids: string[] }) {
  useEffect(() => {
    const targets = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight / 3;
      let current: string | undefined;
      for (const el of targets) if (el.getBoundingClientRect().top <= line) current = el.id;
      for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-toc]")) {
        if (link.dataset.toc === current) link.setAttribute("aria-current", "location");
        else link.removeAttribute("aria-current");
      }
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.removeEventListener("scroll", onScroll);
      cancelAnimationFrame(frame);
    };
  }, [ids]);
  return null;
}
