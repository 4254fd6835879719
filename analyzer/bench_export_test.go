package analyzer

// WalkTypes exposes the node types of the analyzer's walk to the benchmark,
// so that its baseline walks exactly the same nodes.
var WalkTypes = walkTypes
