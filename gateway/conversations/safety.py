"""What the resident reads when the screen finds risk, in their language.

Imminent risk: the first words say what to do now (call 911, or 988 for
suicidal thoughts). Elevated risk: the safety question and the line that fits.
Every text fits in two SMS segments and uses only GSM-7 characters.
"""

from __future__ import annotations

from triage.risk import RiskResult

_HURT_EN = "Call 911 now if anyone is being hurt or threatened. Get somewhere safe if you can."
_HURT_ES = "Llame al 911 ahora si alguien esta siendo herido o amenazado. Busque un lugar seguro."
_NOW_911 = {
    "en": {
        "violence": _HURT_EN,
        "threat": _HURT_EN,
        "weapon": "Call 911 now. If someone has a weapon, get away from them to a safe place.",
        "medical": "This sounds like a medical emergency. Call 911 now.",
        "overdose": "Call 911 now. If you have naloxone (Narcan), use it, and stay with them.",
        "fire": "Get out and call 911 now.",
        "child_safety": "If a child is in danger, call 911 now.",
        "domestic_violence": "If you are in danger now, call 911. Get somewhere safe if you can.",
    },
    "es": {
        "violence": _HURT_ES,
        "threat": _HURT_ES,
        "weapon": "Llame al 911 ahora. Si alguien tiene un arma, alejese a un lugar seguro.",
        "medical": "Parece una emergencia medica. Llame al 911 ahora.",
        "overdose": "Llame al 911 ahora. Si tiene naloxona (Narcan), usela y no deje sola a la "
        "persona.",
        "fire": "Salga y llame al 911 ahora.",
        "child_safety": "Si un nino esta en peligro, llame al 911 ahora.",
        "domestic_violence": "Si esta en peligro ahora, llame al 911. Busque un lugar seguro.",
    },
}
_SELF_HARM_NOW = {
    "en": "Please call or text 988 now, or chat at 988lifeline.org. They answer 24/7. "
    "If you are in danger right now, call 911. I'm glad you told me.",
    "es": "Por favor llame o envie un texto al 988 ahora. Atienden 24/7 en espanol. "
    "Si esta en peligro ahora mismo, llame al 911. Gracias por decirmelo.",
}
_STAFF_ALERTED = {
    "en": " Our staff have been alerted and will reach out here.",
    "es": " Nuestro personal fue alertado y le escribira aqui.",
}
_SAFETY_QUESTION = {
    "en": "Are you or anyone else in danger right now? If so, call 911.",
    "es": "Esta usted u otra persona en peligro ahora mismo? Si es asi, llame al 911.",
}
_ELEVATED_LINE = {
    "en": {
        "988": "You can call or text 988 any time, 24/7.",
        "hope": "The Hope Hotline is free, confidential and open 24/7: 1-800-621-4673.",
        "child_abuse": "To report a child at risk: 1-800-342-3720 (NYS, 24/7).",
        "hopeline": "For help with drugs or alcohol: call 1-877-846-7369 or text 467369.",
    },
    "es": {
        "988": "Puede llamar o enviar un texto al 988 a cualquier hora.",
        "hope": "La Linea Hope es gratis, confidencial y 24/7: 1-800-621-4673.",
        "child_abuse": "Para reportar a un nino en riesgo: 1-800-342-3720 (NYS, 24/7).",
        "hopeline": "Ayuda con drogas o alcohol: llame al 1-877-846-7369 o texto 467369.",
    },
}


def _language(result: RiskResult) -> str:
    return "es" if result.language == "es" else "en"


def safety_text(result: RiskResult) -> str:
    """The reply for a message the screen rated imminent or elevated."""
    lang = _language(result)
    if result.level == "imminent":
        if result.kind == "self_harm":
            return _SELF_HARM_NOW[lang] + _STAFF_ALERTED[lang]
        now = _NOW_911[lang].get(result.kind or "", _NOW_911[lang]["violence"])
        return now + _STAFF_ALERTED[lang]
    lines = [
        _ELEVATED_LINE[lang][line.id] for line in result.lines if line.id in _ELEVATED_LINE[lang]
    ]
    return " ".join([_SAFETY_QUESTION[lang], *lines])
