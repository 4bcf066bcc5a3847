import { describe, expect, it } from "vitest";
import { computeSteps, emptyStepFacts } from "@/lib/campaigns/stepper";

const storiesStep = (stories: Partial<ReturnType<typeof emptyStepFacts>["stories"]>) => {
  const f = emptyStepFacts();
  f.stories = { ...f.stories, ...stories };
  return computeSteps(f)[4];
};

describe("stories step of the stepper", () => {
  it("says what to do first", () => {
    expect(storiesStep({})).toMatchObject({ status: "todo", summary: "No stories yet" });
  });

  it("counts stories collected without consent yet, and asks for it", () => {
    expect(storiesStep({ notRequested: 2 })).toMatchObject({ status: "active", summary: "2 stories without consent", next: "Ask each customer for consent" });
  });

  it("moves from requested to granted to published", () => {
    expect(storiesStep({ requested: 1 })).toMatchObject({ status: "active", summary: "1 requested", next: "Wait for consent" });
    expect(storiesStep({ requested: 1, granted: 1 })).toMatchObject({ summary: "1 granted, none published", next: "Publish a consented story" });
    expect(storiesStep({ granted: 3, published: 1 })).toMatchObject({ status: "done", summary: "1 story published", next: "Publish the other consented stories" });
    expect(storiesStep({ requested: 2, granted: 1, published: 1 })).toMatchObject({ next: "Follow up on the open consent requests" });
    expect(storiesStep({ granted: 2, published: 2 })).toMatchObject({ summary: "2 stories published", next: "Keep curating the wall" });
  });
});
