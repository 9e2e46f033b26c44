"""Attribution: cues, source phrases and the source of every statement."""
