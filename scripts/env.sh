# Sourced by the Makefile's recipes: puts the project's wasm-opt (binaryen 132) first on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
