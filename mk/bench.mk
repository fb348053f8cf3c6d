# make bench - speed, memory and size of swf-cancel beside curl --aws-sigv4,
# the AWS CLI v1 and a bare BearSSL client, on loopback; writes
# BENCHMARKS.md (scripts/bench.sh says what is measured and how).
# Options: RUNS=60 ROUNDS=3 CLI_RUNS=3 OUT=BENCHMARKS.md
.PHONY: bench layout

# Regenerate mk/layout.ld from the functions the usual calls run here
# (scripts/gen-layout.py; x86-64 and i386 hosts).
layout: $(BUILD)/swf-cancel $(BUILD)/libswf.a $(BR_LIB)
	@BUILD="$(BUILD)" CC="$(CC)" $(PYTHON) scripts/gen-layout.py $(BUILD) mk/layout.ld
bench: $(BUILD)/swf-cancel $(BUILD)/libswf.a $(BR_LIB)
	@BUILD="$(BUILD)" CC="$(CC)" PYTHON="$(PYTHON)" sh scripts/bench.sh
