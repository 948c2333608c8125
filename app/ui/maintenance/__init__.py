"""The Maintenance tab: firmware of the picked chargers, clock and name, backup and restore,
support bundle (app/services/maintenance*.py does the work)."""
