"""ZAN: NAF land consumption (Cerema), trajectories, OCS GE artificialisation, triennial report.

Pure logic (no qgis). See ../shared/reference/ZAN.md for the rules these modules implement.
"""
