// Word lists for the hedging detector, kept apart so library-checks.ts can configure
// retext-intensify without importing the detector.

/** The retext-intensify words that hedge a claim in an apology ("possibly", "apparently"). */
export const INTENSIFY_HEDGES = new Set([
  "apparent",
  "apparently",
  "appear to be",
  "arguably",
  "conceivably",
  "hopefully",
  "kind of",
  "likely",
  "maybe",
  "more or less",
  "perhaps",
  "possibly",
  "practically",
  "presumably",
  "probably",
  "relatively",
  "reportedly",
  "seem",
  "seemed",
  "seems",
  "somehow",
  "somewhat",
  "sort of",
  "supposedly",
  "unlikely",
  "virtually",
]);

// Everyday words on retext-intensify's lists that the hedging detector never reports. Telling
// the plugin to skip them saves it creating hundreds of messages for a long draft.
export const INTENSIFY_IGNORE = (
  "a lot|about|absolutely|actually|again|all|already|also|always|anyway|back|began|begin|believe|believed|believes|better|can|" +
  "certain|certainly|clear|clearly|close|completely|consider|considered|could|couple|decided|down|effective|enough|entirely|" +
  "especially|even|ever|exactly|extremely|fairly|far|felt|few|find|finds|found|fully|helps|huge|just|knew|like|little|looked|" +
  "looks|lots|many|most|much|must|noticed|obviously|often|only|over|own|pretty|quite|rather|read|real|really|right|saw|say|says|" +
  "seriously|several|should|significantly|simply|so|some|someone|something|sometimes|specifically|start|started|still|stuff|" +
  "that|then|things|think|thought|too|totally|truly|try|typically|understand|understood|up|usually|various|very|wanted|well|" +
  "will|works|would"
).split("|");
