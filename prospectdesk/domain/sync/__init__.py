def has_account() -> bool:
    """Whether a sync account is set up: a read of the store alone, so that asking does not
    load the sync code and its HTTP library (they load on the first run)."""
    from prospectdesk.store.models import SyncAccount

    return bool(SyncAccount.select().exists())
