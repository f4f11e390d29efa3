"""The rules the services share, below them: what a closed month refuses, when a
registration ends, what follow-up is due, which records raise an integrity flag, how
the statistics table's figures are put together, how free text names an occupation.

A rules module works in the caller's unit of work (or, for the occupation
classification, reads reference data in its own): it checks no permission, writes no
access-log line and imports no concept service. A service that needs a rule another
service also keeps imports it from here, never from that service
(``tests/test_layers.py`` checks this).
"""
