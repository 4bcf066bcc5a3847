// A worker thread for CSV imports: wink-nlp's raw sentiment for batches of texts, so an import
// scores on the other core while its main thread reads, checks and stages rows (sentiment is the
// largest single cost of a row). Plain JavaScript: the Next server starts it from the source tree.
// The pipe is lib/feedback/sentiment.ts's; tests/unit/feedback/sentiment-worker.test.ts checks
// that both give the same scores. Rounding and labels stay in sentiment.ts (sentimentFromRaw).
import { parentPort } from "node:worker_threads";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model, ["sbd", "negation", "sentiment"]);

parentPort.on("message", ({ id, texts }) => {
  try {
    const raw = texts.map((text) => (text.trim() ? nlp.readDoc(text).out(nlp.its.sentiment) : 0));
    parentPort.postMessage({ id, raw });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
