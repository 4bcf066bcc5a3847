import { describe, expect, it } from "vitest";
import { computeSteps, emptyStepFacts, stepsDone } from "@/lib/campaigns/stepper";

describe("five-step stepper", () => {
  it("says what to do first on an empty campaign", () => {
    const steps = computeSteps(emptyStepFacts());
    expect(steps.map((s) => s.status)).toEqual(["todo", "todo", "todo", "todo", "todo"]);
    expect(steps[0].summary).toBe("No draft yet");
    expect(stepsDone(steps)).toBe(0);
  });

  it("flags complaints past the SLA before unanswered ones", () => {
    const f = emptyStepFacts();
    f.listen = { items: 40, unanswered: 15, pastSla: 12 };
    const listen = computeSteps(f)[1];
    expect(listen.status).toBe("attention");
    expect(listen.summary).toBe("12 complaints past the SLA");
    f.listen.pastSla = 0;
    expect(computeSteps(f)[1].summary).toBe("15 items unanswered");
  });

  it("walks the apology through review to publication and revision", () => {
    const f = emptyStepFacts();
    f.apology.variants = 2;
    expect(computeSteps(f)[0].summary).toBe("Apology not yet approved");
    f.apology.inReview = 1;
    expect(computeSteps(f)[0].summary).toBe("In review");
    f.apology.changesRequested = 1;
    expect(computeSteps(f)[0].status).toBe("attention");
    f.apology.approved = 1;
    expect(computeSteps(f)[0].summary).toBe("Approved, not yet published");
    f.apology.published = 1;
    expect(computeSteps(f)[0].status).toBe("done");
    f.apology.revisionPending = 1;
    expect(computeSteps(f)[0].summary).toBe("Revision pending");
  });

  it("counts promises kept and overdue", () => {
    const f = emptyStepFacts();
    f.promises = { commitments: 4, overdue: 1, done: 2, lessonsWithoutCommitment: 0 };
    expect(computeSteps(f)[3]).toMatchObject({ status: "attention", summary: "1 commitment overdue" });
    f.promises.overdue = 0;
    expect(computeSteps(f)[3].summary).toBe("2 of 4 commitments kept");
    f.promises.done = 4;
    expect(computeSteps(f)[3].status).toBe("done");
  });

  it("tracks stories from request to publication", () => {
    const f = emptyStepFacts();
    f.stories = { requested: 3, granted: 0, published: 0 };
    expect(computeSteps(f)[4].summary).toBe("3 requested");
    f.stories.granted = 2;
    expect(computeSteps(f)[4].summary).toBe("2 granted, none published");
    f.stories.published = 1;
    expect(computeSteps(f)[4].summary).toBe("1 story published");
  });
});
