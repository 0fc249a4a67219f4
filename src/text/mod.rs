//! Text utilities shared by the lint engine and the importers: word tokens with byte spans,
//! sentences, normalisation. No browser code.
