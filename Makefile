# The two commands in the README: `make run` and `make test`. Each sets up what it needs.
.PHONY: setup build run test format clean

setup:
	scripts/setup

build: setup
	cmake --preset release >/dev/null
	cmake --build --preset release -j $$(nproc)
	scripts/build-assets build/static

run: build
	scripts/run

test: setup
	scripts/test

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf build
