from lib import *
T = """Annual Police Superintendents' Association Conference
Speech by the Minister for Policing and Crime Sarah Jones.

I am beginning week two as the new Policing Minister, and I wanted to come to see you all, to listen to what you say, and to spend a bit of time with you. I have to go back to do a debate in Parliament so I can’t stay for the whole day, but this is the start of a relationship, and I hope you forgive me for not spending more time here.
I was the Shadow Policing Minister for three years. Paul Fotheringham, I think, was in charge then, and we had a really good relationship. We would meet regularly, it was during the covid period where the sort of partnership working between the Supers, the Fed and the NPCC was really instrumental in making sure that policing during that very difficult time was done with as much clarity and certainty and leadership as possible in what was a very changing environment. And I enjoyed that relationship very much, and I look forward to continuing it now.
Coming back, I’ve been doing another role for the last two years, so coming back into policing is firstly fabulous, because I absolutely loved doing it in opposition, but also a really good opportunity to reflect on what’s changed in those two years.
And in many ways the challenges then are the challenges now. And I think the situation we find ourselves in, there are many similarities. Policing remains, and I think will always be at the forefront of our national life. Two weekends ago in London, big protest, Palestine Action, hundreds of arrests that the police were having to make. Last weekend, 100,000 people marching on the streets, mostly very safely, but some of our officers were injured. And you know, the perpetrators will face the full force of the law, but our officers were there, responding, going into bat for us to protect us, to protect that freedom that we want and enjoy."""
doc("ho-jones-superintendents-conference-speech-2025",
 "https://www.gov.uk/government/speeches/annual-police-superintendents-association-conference (Home Office speech by the Minister for Policing and Crime, September 2025; stops before 'And of course, tomorrow...')",
 T,
 [("Person","Sarah Jones","Minister for Policing and Crime Sarah Jones"),
  ("Organisation","Police Superintendents' Association","the Supers"),
  ("Organisation","Police Federation","the Fed"),
  ("Organisation","National Police Chiefs' Council","NPCC"),
  ("Organisation","Parliament"),
  ("Person","Paul Fotheringham"),
  ("Organisation","Palestine Action"),
  ("Place","London")],
 roles=[("Sarah Jones","Minister for Policing and Crime",None),
        ("Sarah Jones","Shadow Policing Minister",None)],
 stats=[("100,000 people",100000,"count","people marching on the streets","last weekend",None,"Sarah Jones")])
