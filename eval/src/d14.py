from lib import *
T = """Independent Office for Police Conduct (IOPC - formerly IPCC)
Printable version

Monthly roundup - December 2019

Welcome to our monthly roundup, with updates about our work, performance, and organisational changes.

Monthly roundup

Introduction from Lianne Corris, Head of Private Office Group

Welcome to the December edition of Round Up.

I started working for the IOPC over ten years ago when we were the Independent Police Complaints Commission. I’ve held a number of really interesting roles. I currently head up Private Office, which provides support to our Director General, deputy directors general, and non-executive directors. My team also supports all our parliamentary work and provides support and advice on governance.  

I love the breadth of work that my role offers, and the fact that it touches on every aspect of the IOPC’s business. No two days are ever the same! It genuinely offers an insight like nowhere else in the organisation.

Since we became the IOPC in January 2018, it’s been great to see our Director General’s vision for the organisation start to become a reality (you can read more about this in our Strategic Plan). I feel very privileged to be able to support this work, and to work alongside such committed staff in my team and beyond.

I hope you enjoy this month’s Roundup.

Lianne Corris
Head of Private Office Group

Corporate news

A large part of our role focuses on learning, which helps influence policing policy and practice and drives change. One of the ways we help do this is by publishing our Learning the Lessons magazine, which we share with police forces across England and Wales. In December, we published an edition that looked at police work in relation to missing people.

Lauren Collins, who chairs our missing people Operational Practitioner Group, said:

“IOPC investigations into missing people are particularly difficult and bring home the impact on people.”"""
doc("iopc-monthly-roundup-december-2019",
 "https://www.wired-gov.net/wg/news.nsf/articles/Monthly+roundup+December+2019+05022020132500?open (copy of an Independent Office for Police Conduct roundup, published February 2020; wired-gov's body line and 'Printable version' kept; Collins's quote continued and is cut after its first sentence, with a closing ” added)",
 T,
 [("Organisation","Independent Office for Police Conduct","IOPC","IPCC","Independent Police Complaints Commission"),
  ("Person","Lianne Corris"),
  ("Organisation","Private Office","Private Office Group"),
  ("Person","Lauren Collins"),
  ("Organisation","missing people Operational Practitioner Group"),
  ("Policy","Strategic Plan","our Strategic Plan"),
  ("Place","England and Wales")],
 roles=[("Lianne Corris","Head","Private Office"),
        ("Lauren Collins","Chair","missing people Operational Practitioner Group")],
 said=[("Lauren Collins","IOPC investigations into missing people are particularly difficult",True)])
