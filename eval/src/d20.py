from lib import *
T = """Director General Graeme Biggar launches National Strategic Risk Assessment

I am delighted to be here for my first public speech as Director General of the National Crime Agency.

Thank you all for joining me today in person and online.


INTRODUCTION

The mission of the National Crime Agency is to protect the public from serious and organised crime.

I want to start by paying tribute to the 5,500 officers in the Agency, each of whom, every day, bring their expertise and passion to reducing serious and organised crime, arresting the criminals behind it, and, with our partners, making the UK safer, on our streets, in our communities and online.

We have been doing that for a decade, since we were established in 2013. The Agency was created with two functions. Our first and primary function is to reduce crime, both through our own investigations and by coordinating, enabling and leading the work of all our law enforcement partners. In support of that, we also have a ‘criminal intelligence’ function: to gather, analyse and disseminate intelligence, including making assessments and ensuring we, as a country, fully understand the scale of the threat from serious and organised crime and how it is changing. It is in support of that second function that today we publish our National Strategic Assessment of serious and organised crime for 2023.

It draws on intelligence and analysis from across law enforcement and partner organisations in government, the private sector, academia and civil society. And I am grateful for all of their input.

Along with the more detailed, classified versions we produce, it ensures our collective response – across policing, the intelligence agencies and other law enforcement partners, and in Government – is based on the very latest evidence and understanding.

And it sets out what the public can do, to reduce the risk of being a victim or to spot and report suspicious activity."""
doc("nca-biggar-national-strategic-assessment-speech-2023",
 "https://gracechurchfcp.com/2023/07/director-general-graeme-biggar-launches-national-strategic-risk-assessment/ (copy of a National Crime Agency speech, July 2023: the Director General's speech launching the National Strategic Assessment; the copy's own headline kept; stops before 'Today, I want to pick out some key points...')",
 T,
 [("Person","Graeme Biggar","Director General Graeme Biggar"),
  ("Organisation","National Crime Agency","the Agency","The Agency"),
  ("Organisation","UK Government","Government"),
  ("Place","United Kingdom","the UK")],
 roles=[("Graeme Biggar","Director General","National Crime Agency")],
 stats=[("the 5,500 officers",5500,"count","officers in the National Crime Agency",None,None,"Graeme Biggar")])
