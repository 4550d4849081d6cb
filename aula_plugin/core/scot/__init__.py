"""SCoT compatibility checks, pure part: the declarative rule file and the evaluation core; the SCoT
prescription model tables (:mod:`.model_tables`).

- :mod:`.model`: the rule vocabulary (relations, tests, scopes, statuses, units) and the dataclasses
  a loaded rule file becomes (:class:`~.model.RuleSet`, :class:`~.model.Rule`...);
- :mod:`.loader`: YAML → validated :class:`~.model.RuleSet`, errors naming the rule, key and line
  (JSON Schema ``resources/scot/rules.schema.json``, with ``jsonschema`` when importable, else the
  built-in checker of :mod:`.schema`);
- :mod:`.status`: measured value + threshold + warning band → status and French message;
  :class:`~.status.Finding`, their deterministic order and the JSONL writer.

Compatibility is a global judgement (Conseil d'État, 18 Dec 2017, n° 395216): these modules measure
and evidence, they never pronounce a legal verdict. Pure Python (no qgis).
"""
