from lib import *
T = """Home Secretary at the Police Federation conference 2021

Home Secretary Priti Patel delivered a speech to the Police Federation conference on Wednesday 9 June 2021

The Rt Hon Priti Patel MP

Thank you and good morning.

And John thank you as well for your speech. I have to say that I’m so pleased to be here today and to finally have the opportunity to address this conference with you all today.

I also, John, really value the regular conversations that we have about policing. Of course at times they are challenging, but the fact is they are immensely useful.

And of course for all the members here I really wish it were possible to be with you all in person, but nonetheless it is an enormous privilege to be addressing the Police Federation Annual Conference.

Now it’s a fact that I have a wide range of responsibilities as Home Secretary, but there is nothing I take more seriously than my duty to the police.

Nothing gives me greater pride than the work I’ve been able to do with men and women in policing, who do an extraordinary job under increasingly extraordinary circumstances.

And nothing has a stronger effect on me than talking to the families of police officers who have been killed in the line of duty.

I expect you had a variety of reasons for wanting to join the police – and the most popular reason was the desire to serve and protect the public.

I bet none of you thought, “I think I’ll be a police officer. It looks really easy.”

John and I have a shared duty: being an advocate for the police.

And I am your political advocate in Westminster. It’s my job to make sure you have what you need to do your job.

We are increasing the powers available to you with the Police, Crime, Sentencing and Courts Bill and with the planned increase as you’ve heard of 20,000 new officers. We’ve already recruited 8,771 more officers.

And I advocate on your behalf to the British people."""
doc("ho-patel-police-federation-speech-2021",
 "https://www.public-sector.co.uk/article/3669128e253df049ef1147a00d1635bd (copy of a Home Office speech, gov.uk, 2021-06-09: Home Secretary's speech to the Police Federation conference; the speech continued after '...to the British people.')",
 T,
 [("Person","Priti Patel","Home Secretary Priti Patel","The Rt Hon Priti Patel MP"),
  ("Person","John"),
  ("Organisation","Police Federation of England and Wales","Police Federation"),
  ("Policy","Police, Crime, Sentencing and Courts Bill"),
  ("Policy","planned increase of 20,000 new officers","the planned increase"),
  ("Place","Westminster")],
 roles=[("Priti Patel","Home Secretary",None)],
 ann=[("Priti Patel","Police, Crime, Sentencing and Courts Bill"),("Priti Patel","planned increase of 20,000 new officers")],
 stats=[("20,000 new officers",20000,"count","planned increase in police officers",None,None,"Priti Patel"),
        ("8,771 more officers",8771,"count","additional police officers already recruited",None,None,"Priti Patel")])
