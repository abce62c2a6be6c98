"""scripts/profile_build.py charges each stage its own CPU: a stage called inside another is taken out of its
caller's figure, a generator's steps count for its stage, and the wrapped functions are put back afterwards.
(Pure logic: the clock is a counter the test advances, so nothing here depends on the machine's speed.)"""
from __future__ import annotations

from diagload import ROOT, load_script

pb = load_script("kg_profile_build_t", ROOT / "scripts" / "profile_build.py")


class FakeClock:
    """``time.process_time`` as a counter the code under test advances by calling ``spend``."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def spend(self, seconds: float) -> None:
        self.now += seconds


def test_nested_stages_are_charged_their_own_time(monkeypatch):
    fake = FakeClock()
    monkeypatch.setattr(pb.time, "process_time", fake)
    clock = pb.StageClock()

    inner = clock.func("resolution", lambda: fake.spend(2.0))

    def rules():
        fake.spend(1.0)
        inner()
        fake.spend(0.5)

    outer = clock.func("extraction", rules)
    fake.spend(0.25)  # the build's own loop
    outer()
    clock._switch()
    assert clock.cpu == {"rest of kg.build": 0.25, "extraction": 1.5, "resolution": 2.0}


def test_a_generator_stage_counts_each_step_and_not_its_consumer(monkeypatch):
    fake = FakeClock()
    monkeypatch.setattr(pb.time, "process_time", fake)
    clock = pb.StageClock()

    def texts():
        for n in range(3):
            fake.spend(1.0)  # reading one document
            yield n

    read = clock.gen("reading", texts)
    parse = clock.func("spaCy (nlp.pipe)", lambda n: fake.spend(10.0))
    for n in read():
        parse(n)
    clock._switch()
    assert clock.cpu["reading"] == 3.0 and clock.cpu["spaCy (nlp.pipe)"] == 30.0
    assert clock.cpu.get("rest of kg.build", 0.0) == 0.0


def test_a_stage_that_raises_is_still_charged_and_left():
    clock = pb.StageClock()

    def broken():
        raise ValueError("bad input")

    wrapped = clock.func("cleaning", broken)
    try:
        wrapped()
    except ValueError:
        pass
    assert clock.stack == ["rest of kg.build"] and "cleaning" in clock.cpu


def test_patches_put_back_what_was_there():
    class Thing:
        def method(self):
            return "class"

    thing = Thing()
    patches = pb.Patches()
    patches.set(Thing, "method", lambda self: "patched")
    patches.set(thing, "attr", 1)  # an attribute the object did not have
    assert thing.method() == "patched" and thing.attr == 1
    patches.undo()
    assert thing.method() == "class" and not hasattr(thing, "attr") and "method" in vars(Thing)
