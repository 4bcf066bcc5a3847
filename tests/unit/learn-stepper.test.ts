import { describe, expect, it } from "vitest";
import { computeSteps, emptyStepFacts } from "@/lib/campaigns/stepper";

const learn = (f: ReturnType<typeof emptyStepFacts>) => computeSteps(f)[2];
const promises = (f: ReturnType<typeof emptyStepFacts>) => computeSteps(f)[3];

describe("stepper: learn and keep promises", () => {
  it("learn: themes without a lesson, then done; unreviewed tags are named", () => {
    const f = emptyStepFacts();
    f.learn = { themes: 3, themesWithoutLesson: 2, lessons: 1, unreviewedTags: 14 };
    expect(learn(f)).toMatchObject({ status: "active", summary: "2 themes without a lesson", next: "Confirm the 14 tagged items, then write the lessons" });
    f.learn.themesWithoutLesson = 0;
    expect(learn(f)).toMatchObject({ status: "done", summary: "1 lesson learned", next: "Review the 14 items tagged by suggestions" });
    f.learn.unreviewedTags = 0;
    expect(learn(f).next).toBe("Turn each lesson into a promise");
  });

  it("promises: lessons without a commitment, overdue, missed, done with dropped, people to tell", () => {
    const f = emptyStepFacts();
    f.promises = { commitments: 0, overdue: 0, done: 0, lessonsWithoutCommitment: 2 };
    expect(promises(f)).toMatchObject({ status: "attention", summary: "2 lessons without a commitment" });
    f.promises = { commitments: 3, overdue: 1, done: 1, lessonsWithoutCommitment: 0, missed: 1, dropped: 0, openLoopTasks: 0 };
    expect(promises(f).summary).toBe("1 commitment overdue");
    f.promises.overdue = 0;
    expect(promises(f)).toMatchObject({ status: "attention", summary: "1 commitment missed" });
    f.promises.missed = 0;
    f.promises.dropped = 1;
    expect(promises(f)).toMatchObject({ status: "active", summary: "1 of 3 commitments kept" });
    f.promises.done = 2;
    f.promises.openLoopTasks = 5;
    expect(promises(f)).toMatchObject({ status: "done", summary: "2 kept, 1 dropped", next: "Tell the 5 customers waiting to hear" });
  });
});
