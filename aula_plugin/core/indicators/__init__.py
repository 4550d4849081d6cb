"""Territorial indicators and the fact sheets drawn from them (pure Python: no qgis, no PyQt).

- :mod:`.model`: territories of every level with their geography vintage and parent links,
  indicator definitions with their aggregation rule, values in long format with a vintage and a
  status (ok, secret, missing, estimated), held in an :class:`~.model.IndicatorBase`;
- :mod:`.store`: the four attribute tables of a GeoPackage (or any SQLite file) holding them;
- :mod:`.aggregate`: parents computed by the declared rule through the ratio-of-sums core of
  ``aula:aggregateindicators`` (:mod:`aula_plugin.core.aggregation`);
- :mod:`.csv_import` and :mod:`.comparateur`: imports of long or wide CSV files with a mapping, and
  of the INSEE "comparateur de territoires" commune base (columns recognised from its header);
- :mod:`.evolution`: annual average rates and their natural / migration split;
- :mod:`.sheets`: sheet definitions (YAML) and :mod:`.view`: a sheet evaluated for one territory
  into plain view-model data that a dock, a PDF layout or :mod:`aula_plugin.core.charts` draws.
"""
