import { expect, it } from "vitest";
import { errorGuides } from "@/lib/content";
import { analyzePaste } from "./index";
import { codeRoutes } from "./code-routes";

it("routes the codes of published guides to their causes, and an error body through them", () => {
  const routes = codeRoutes(errorGuides());
  expect(routes.AuthFailure).toEqual({ href: "/errors/aws/authfailure#causes", label: "AuthFailure" });
  expect(Object.keys(routes).length).toBeGreaterThan(40);
  const { analyses } = analyzePaste("<Error><Code>AuthFailure</Code><Message>AWS was not able to validate</Message></Error>", {
    now: 0,
    codes: routes,
  });
  expect(analyses[0]?.findings.flatMap((f) => f.links.map((l) => l.href))).toContain("/errors/aws/authfailure#causes");
});
