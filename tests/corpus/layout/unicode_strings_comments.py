# Comments may hold any text: naïve café, 日本語, emoji 🎉, Ελληνικά.
greetings = {
    "en": "Hello",
    "fr": "Bonjour, ça va?",
    "ja": "こんにちは",
    "el": "Γειά σου",
    "emoji": "👋🌍",
}
for lang in sorted(greetings):
    text = greetings[lang]
    print(f"{lang:>5}: {text} ({len(text)} code points)")
print("ß".upper(), "ǅ".lower(), "İ".lower(), "ﬁ".upper(), "\u00e9" == "é")
