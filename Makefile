# The commands people need: make demo, make test, make bench, make lint. Each sets up the machine first.
SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift

.PHONY: all bootstrap build release demo test bench lint format clean report-png

all: build

bootstrap:
	@Scripts/bootstrap.sh

build: bootstrap
	$(SWIFT) build --product tovholder

release: bootstrap
	$(SWIFT) build -c release --product tovholder

demo: build
	@Scripts/demo.sh

test: bootstrap
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

# The demo's HTML reports as PNG pictures (headless Chromium, installed on first use).
report-png: build
	@Scripts/report-png.sh

bench: bootstrap
	@Scripts/bench.sh

lint: bootstrap
	luacheck --no-color Examples Benchmarks --exclude-files 'Examples/packs/**'
	cd Plugins/dk.tovholder.screening && luacheck --no-color .
	cd Plugins/dk.tovholder.kip && luacheck --no-color .
	cd Plugins/dk.tovholder.reports && luacheck --no-color .
	cd Examples/packs/dk.aarhus.samarbejdsaftale && luacheck --no-color .
	cd Examples/packs/dk.aarhus.rapporter && luacheck --no-color .
	$(SWIFT) format lint --recursive Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build
