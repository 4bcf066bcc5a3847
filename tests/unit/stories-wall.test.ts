import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StoryWall } from "@/components/stories/story-wall";
import { INCENTIVE_DISCLOSURE, type PublicStory } from "@/lib/stories/public-story";

const story = (o: Partial<PublicStory> = {}): PublicStory => ({
  id: "s1",
  authorName: "Ana",
  authorTitle: "Customer since 2019",
  quote: "They fixed it the same day. Great people.",
  excerpt: null,
  sourceUrl: null,
  channel: "",
  rating: null,
  incentivized: false,
  publishedAt: null,
  ...o,
});

const render = (stories: PublicStory[]) => renderToStaticMarkup(createElement(StoryWall, { stories }));

describe("story wall component", () => {
  it("renders escaped text only, without scripts", () => {
    const html = render([story({ authorName: "<script>x()</script>", quote: "<img src=x onerror=alert(1)>", sourceUrl: "javascript:alert(1)" })]);
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("marks an excerpt with … and keeps the full words; shows the disclosure and the rating in words", () => {
    const html = render([story({ excerpt: "fixed it the same day", incentivized: true, rating: 5, authorName: "" })]);
    expect(html).toContain("…fixed it the same day…");
    expect(html).toContain("Excerpt");
    expect(html).toContain("Read the full words");
    expect(html).toContain("They fixed it the same day. Great people.");
    expect(html).toContain(INCENTIVE_DISCLOSURE);
    expect(html).toContain("Rated 5 out of 5");
    expect(html).toContain("A customer");
  });

  it("says so when there is nothing to show", () => {
    expect(render([])).toContain("No customer stories are shown yet.");
  });
});
