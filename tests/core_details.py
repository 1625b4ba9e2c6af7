"""Real-looking details of the core tests' fictional people: where they were met, what
was talked about. A module of its own, so test modules import it by a unique name
(every plugin's tests have a ``conftest`` on the path too)."""

DETAILS = [
    ("Harvest Fair", "Galway", "sourdough starters"),
    ("Cheese Week", "Cork", "raw-milk labelling"),
    ("Orchard Summit", "Kilkenny", "cider apple blight"),
    ("Seafood Expo", "Killybegs", "mackerel quotas"),
    ("Dairy Forum", "Mallow", "oat milk margins"),
    ("Bakers Guild dinner", "Sligo", "rye flour shortages"),
    ("Growers Market", "Ennis", "polytunnel tomatoes"),
    ("Food Hall opening", "Derry", "pop-up stall rents"),
]


def note_for(index: int) -> str:
    event, city, topic = DETAILS[index % len(DETAILS)]
    return f"Good talking about {topic} at the {event} in {city}."
