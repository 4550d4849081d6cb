"""Keeping the AULA territory package up to date: the one maintenance library.

The Processing algorithms (inside any QGIS) and the command-line tool ``gpkg/aula_gpkg.py`` call
the same functions, so the checks, migrations and provenance exist once:

- ``provenance``: the ``aula_provenance`` table and its one upsert (:func:`upsert_provenance`);
- ``migrations``: schema versions (``aula_metadata.schema_version``), the ordered registry of
  idempotent migrations, applied after a backup (:func:`migrate_package`);
- ``integrity``: SQLite, GeoPackage and AULA-schema checks, each problem with its fix
  (:func:`check_package`);
- ``messages``: French for the command line, read from ``i18n/aula_fr.ts`` (no Qt needed);
- ``stored_project`` (QGIS): the stored project of any copy resolves to the copy itself;
- ``layer_specs`` and ``imports``: validated imports of a layer or a millésime, dry run first,
  then all or nothing after a backup (GDAL);
- ``offline`` and ``gpkg_sql``: offline copies and their merge back (pygeodiff, optional);
- ``postgis``: the package published to a PostgreSQL/PostGIS schema (GDAL, psycopg2).

``provenance``, ``migrations``, ``integrity`` and ``messages`` import the standard library only
(Python 3.9), so ``check`` and ``migrate`` run without QGIS or GDAL.
"""
